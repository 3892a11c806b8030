using Facturation.Domain.Companies;

namespace Facturation.Application.Accounting.Exports;

/// <summary>What a bank entry names of the document a payment settles.</summary>
internal sealed record SettledDocument(string Number, Currency Currency);
