namespace Facturation.Domain.Taxes;

/// <summary>The EN 16931 VAT category of a tax code (UNTDID 5305, BT-118/BT-151); L and M are refused in France.</summary>
public enum VatCategory
{
    /// <summary>Standard rate.</summary>
    S,

    /// <summary>Zero rated goods.</summary>
    Z,

    /// <summary>Exempt from VAT (e.g. franchise en base, art. 293 B du CGI).</summary>
    E,

    /// <summary>Reverse charge: the customer pays the VAT ("Autoliquidation").</summary>
    AE,

    /// <summary>Intra-community supply (exempt, the customer's VAT number is required).</summary>
    K,

    /// <summary>Export outside the EU.</summary>
    G,

    /// <summary>Outside the scope of VAT.</summary>
    O,
}
