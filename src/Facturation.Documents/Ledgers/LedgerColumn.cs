namespace Facturation.Documents.Ledgers;

/// <summary>A column of a ledger table; width 0 takes what the fixed columns leave.</summary>
public sealed record LedgerColumn(string Header, double Width, bool AlignRight = false);
