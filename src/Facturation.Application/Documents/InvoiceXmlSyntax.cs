namespace Facturation.Application.Documents;

/// <summary>The two EN 16931 syntaxes archived for an issued document.</summary>
public enum InvoiceXmlSyntax
{
    /// <summary>UN/CEFACT CII D16B, Factur-X EN 16931 profile.</summary>
    Cii,

    /// <summary>OASIS UBL 2.1 Invoice or CreditNote.</summary>
    Ubl,
}
