namespace Facturation.Domain.Numbering;

/// <summary>
/// A numbering series (invoices, credit notes, proforma, deposits). Changing its mask only affects numbers
/// taken afterwards: issued documents keep the number they were given.
/// </summary>
public sealed class NumberingSeries
{
    private NumberingSeries()
    {
    }

    public NumberingSeries(SeriesKind kind, string mask, ResetPolicy reset)
    {
        Kind = kind;
        ChangeMask(mask, reset);
    }

    public int Id { get; private set; }

    public SeriesKind Kind { get; private set; }

    public string Mask { get; private set; } = string.Empty;

    public ResetPolicy Reset { get; private set; }

    public static string DefaultMask(SeriesKind kind) => kind switch
    {
        SeriesKind.Invoice => "FA{yy}{mm}-{0000}",
        SeriesKind.CreditNote => "AV{yy}{mm}-{0000}",
        SeriesKind.Proforma => "PF{yy}{mm}-{0000}",
        SeriesKind.Deposit => "AC{yy}{mm}-{0000}",
        SeriesKind.Dossier => "DO{yy}{mm}-{0000}",
    };

    public void ChangeMask(string mask, ResetPolicy reset)
    {
        Mask = NumberMask.Parse(mask, reset).Value;
        Reset = reset;
    }

    public string PeriodOf(DateOnly date) => NumberMask.PeriodKey(Reset, date);

    public string Format(long counter, DateOnly date) => NumberMask.Parse(Mask, Reset).Format(counter, date);
}
