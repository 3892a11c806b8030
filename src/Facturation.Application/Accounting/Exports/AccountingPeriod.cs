using Facturation.Domain.Common;

namespace Facturation.Application.Accounting.Exports;

/// <summary>The dates, both included, whose documents and payments an export books.</summary>
public sealed record AccountingPeriod(DateOnly From, DateOnly To)
{
    /// <summary>Both dates are required and in order; the message names the field (<c>from</c> / <c>to</c>).</summary>
    public static AccountingPeriod Of(DateOnly? from, DateOnly? to)
    {
        if (from is not { } start)
        {
            throw new DomainException("export.from_required", "Indiquez la date de début de la période (AAAA-MM-JJ).", "from");
        }

        if (to is not { } end)
        {
            throw new DomainException("export.to_required", "Indiquez la date de fin de la période (AAAA-MM-JJ).", "to");
        }

        return end < start
            ? throw new DomainException("export.period_backwards", "La date de fin précède la date de début.", "to")
            : new AccountingPeriod(start, end);
    }
}
