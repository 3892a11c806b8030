namespace Facturation.Application.Invoicing.Listing;

/// <summary>Which date the list's from/to filter reads: the invoice (issue) date or the (planned) delivery date.</summary>
public enum ListDateField
{
    Issue,
    Delivery,
}
