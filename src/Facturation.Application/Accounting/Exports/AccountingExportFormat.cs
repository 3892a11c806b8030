namespace Facturation.Application.Accounting.Exports;

public enum AccountingExportFormat
{
    Fec,
    Csv,
    Xlsx,
}
