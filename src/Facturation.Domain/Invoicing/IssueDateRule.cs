using System.Globalization;
using Facturation.Domain.Common;

namespace Facturation.Domain.Invoicing;

/// <summary>
/// The date an issued document may carry (ADR-011): never after <see cref="Today"/> (the company's date),
/// never before the series' last issued document (chronology), and at most <see cref="BackdatingDays"/> days
/// before today. An empty date is today.
/// </summary>
public sealed record IssueDateRule(DateOnly Today, DateOnly? LastIssueDateOfSeries, int BackdatingDays)
{
    public DateOnly Resolve(DateOnly? requested)
    {
        var issueDate = requested ?? Today;
        if (issueDate > Today)
        {
            throw new DomainException(
                "invoice.issue_date_future",
                $"La date d'émission {Format(issueDate)} est postérieure à aujourd'hui ({Format(Today)}) : un document est émis au plus tard le jour même. Videz la date (elle deviendra celle du jour) ou finalisez le brouillon à cette date.",
                "IssueDate",
                DomainErrorKind.Conflict);
        }

        if (LastIssueDateOfSeries is { } last && issueDate < last)
        {
            throw new DomainException(
                "invoice.issue_date_backwards",
                $"La date de facture ne peut pas précéder le {Format(last)}, date du dernier document émis de la série.",
                "IssueDate");
        }

        if (Today.DayNumber - issueDate.DayNumber > BackdatingDays)
        {
            throw new DomainException(
                "invoice.issue_date_window",
                BackdatingDays == 0
                    ? $"La date d'émission {Format(issueDate)} est passée : un document est daté du jour de son émission ({Format(Today)}). Videz la date ou demandez à un administrateur d'autoriser l'antidatage dans les paramètres de la société."
                    : $"La date d'émission {Format(issueDate)} remonte à plus de {BackdatingDays} jours (limite fixée dans les paramètres de la société).",
                "IssueDate",
                DomainErrorKind.Conflict);
        }

        return issueDate;
    }

    private static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
