using FluentValidation;

namespace Facturation.Application.Reminders;

public sealed class ReminderSettingsInputValidator : AbstractValidator<ReminderSettingsInput>
{
    public ReminderSettingsInputValidator()
    {
        RuleForEach(s => s.Levels).ChildRules(level =>
        {
            level.RuleFor(l => l.Name).NotEmpty().WithMessage("Le nom est obligatoire.").MaximumLength(100).WithMessage("100 caractères au plus.");
            level.RuleFor(l => l.DaysAfterDue).InclusiveBetween(1, 365).WithMessage("Le délai doit être compris entre 1 et 365 jours après l'échéance.");
            level.RuleFor(l => l.SubjectTemplate).NotEmpty().WithMessage("L'objet est obligatoire.").MaximumLength(250).WithMessage("250 caractères au plus.");
            level.RuleFor(l => l.BodyTemplate).NotEmpty().WithMessage("Le message est obligatoire.").MaximumLength(8000).WithMessage("8000 caractères au plus.");
        });
        RuleFor(s => s.Levels).Custom((levels, context) =>
        {
            for (var i = 0; i < levels.Count; i++)
            {
                if (levels.Where(l => l.Level < levels[i].Level).Any(l => l.DaysAfterDue >= levels[i].DaysAfterDue))
                {
                    context.AddFailure($"Levels[{i}].DaysAfterDue", $"Le délai du niveau {levels[i].Level} doit être supérieur à celui des niveaux précédents.");
                }
            }
        });
    }
}
