namespace Facturation.Application.Corrections;

/// <summary>A line of the corrected invoice (its 0-based position) and the quantity credited or returned.</summary>
public sealed class CreditNoteLineInput
{
    public int Position { get; set; }

    public decimal? Quantity { get; set; }
}
