namespace Facturation.Web.Features.Exports;

/// <summary>A period offered in one click on the Exports screen (label in French, translated by the view).</summary>
public sealed record PeriodPreset(string Label, DateOnly From, DateOnly To)
{
    /// <summary>Current and previous calendar year, current and previous month, previous quarter.</summary>
    public static IReadOnlyList<PeriodPreset> Around(DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        var quarter = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1).AddMonths(-3);
        return
        [
            new("Exercice en cours", new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31)),
            new("Exercice précédent", new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year - 1, 12, 31)),
            new("Mois en cours", month, month.AddMonths(1).AddDays(-1)),
            new("Mois précédent", month.AddMonths(-1), month.AddDays(-1)),
            new("Trimestre précédent", quarter, quarter.AddMonths(3).AddDays(-1)),
        ];
    }
}
