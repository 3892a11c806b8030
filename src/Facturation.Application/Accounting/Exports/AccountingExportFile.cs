namespace Facturation.Application.Accounting.Exports;

/// <summary>What a written export is served as.</summary>
public sealed record AccountingExportFile(string FileName, string ContentType);
