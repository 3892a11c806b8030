using Facturation.Application.Common;
using Facturation.Application.Invoicing;
using Facturation.Domain.Recurring;
using FluentValidation;

namespace Facturation.Application.Recurring;

public sealed class RecurringInvoiceInputValidator : AbstractValidator<RecurringInvoiceInput>
{
    public RecurringInvoiceInputValidator()
    {
        RuleFor(i => i.CustomerId).NotNull().WithMessage("Choisissez un client.");
        RuleFor(i => i.Title).MaximumLength(200).WithMessage("200 caractères au plus.");
        RuleFor(i => i.Frequency).NotNull().WithMessage("Choisissez une fréquence.")
            .IsInEnum().WithMessage("Fréquence inconnue (Weekly, Monthly, Quarterly ou Yearly).");
        RuleFor(i => i.Interval).InclusiveBetween(1, RecurrenceSchedule.MaxInterval)
            .WithMessage($"L'intervalle est compris entre 1 et {RecurrenceSchedule.MaxInterval}.");
        RuleFor(i => i.StartDate).NotNull().WithMessage("Indiquez la date de début.");
        RuleFor(i => i.EndDate).GreaterThanOrEqualTo(i => i.StartDate).When(i => i.StartDate is not null && i.EndDate is not null)
            .WithMessage("La date de fin ne peut pas précéder la date de début.");
        RuleFor(i => i.Occurrences).InclusiveBetween(1, RecurrenceSchedule.MaxOccurrences)
            .WithMessage($"Le nombre d'occurrences est compris entre 1 et {RecurrenceSchedule.MaxOccurrences}.");
        RuleFor(i => i.DayOfIssue).InclusiveBetween(1, 7).When(i => i.Frequency == RecurrenceFrequency.Weekly)
            .WithMessage("Pour une fréquence hebdomadaire, le jour d'émission est un jour de la semaine (1 = lundi … 7 = dimanche).");
        RuleFor(i => i.DayOfIssue).InclusiveBetween(1, 31).When(i => i.Frequency != RecurrenceFrequency.Weekly)
            .WithMessage("Le jour d'émission est compris entre 1 et 31 (le dernier jour du mois s'il est plus court).");
        RuleFor(i => i.Action).NotNull().WithMessage("Choisissez ce que fait chaque occurrence.")
            .IsInEnum().WithMessage("Action inconnue (Draft, Issue ou IssueAndSend).");
        RuleFor(i => i.PaymentTermsDays).InclusiveBetween(0, 365).WithMessage("Le délai de paiement est compris entre 0 et 365 jours.");
        RuleFor(i => i.PublicNote).MaximumLength(4000).WithMessage("4000 caractères au plus.");
        RuleFor(i => i.PrivateNote).MaximumLength(4000).WithMessage("4000 caractères au plus.");
        RuleFor(i => i.Lines).Must(lines => lines is not null && lines.Any(l => !l.IsBlank))
            .WithMessage("Ajoutez au moins une ligne.")
            .Must(lines => lines is null || lines.Count <= InputLimits.MaxLinesPerDocument)
            .WithMessage($"{InputLimits.MaxLinesPerDocument} lignes au plus par document.");
        RuleForEach(i => i.Lines).SetValidator(new InvoiceLineInputValidator());
    }
}
