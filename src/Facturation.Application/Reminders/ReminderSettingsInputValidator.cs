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
        RuleForEach(s => s.Levels)
            .Must((settings, level) => settings.Levels.Where(l => l.Level < level.Level).All(l => l.DaysAfterDue < level.DaysAfterDue))
            .OverridePropertyName("DaysAfterDue")
            .WithName("DaysAfterDue")
            .WithMessage((_, level) => $"Le délai du niveau {level.Level} doit être supérieur à celui des niveaux précédents.");
    }
}
