namespace Facturation.Application.Documents;

/// <summary>The free-text units of lines as UN/ECE Recommendation 20 codes (BT-130); unknown units count as pieces (C62).</summary>
public static class UnitCodes
{
    public const string Unit = "C62";

    public static string Of(string? unit) => unit?.Trim().ToLowerInvariant() switch
    {
        "jour" or "jours" or "j" or "day" => "DAY",
        "heure" or "heures" or "h" or "hour" => "HUR",
        "mois" or "month" => "MON",
        "an" or "année" or "year" => "ANN",
        "kg" => "KGM",
        "g" => "GRM",
        "t" or "tonne" => "TNE",
        "m" or "ml" => "MTR",
        "m2" or "m²" => "MTK",
        "m3" or "m³" => "MTQ",
        "l" or "litre" => "LTR",
        "km" => "KMT",
        "forfait" or "lot" => "LS",
        _ => Unit,
    };
}
