using FluentValidation;

namespace Facturation.Application.Mail;

public sealed class MailSettingsInputValidator : AbstractValidator<MailSettingsInput>
{
    public MailSettingsInputValidator()
    {
        RuleFor(x => x.Host).MaximumLength(200).WithMessage("Le serveur SMTP ne doit pas dépasser 200 caractères.");
        RuleFor(x => x.Port).InclusiveBetween(1, 65535).When(x => x.Port is not null).WithMessage("Le port doit être compris entre 1 et 65535.");
        RuleFor(x => x.Security).IsInEnum().WithMessage("Choisissez un mode de sécurité.");
        RuleFor(x => x.UserName).MaximumLength(200).WithMessage("L'identifiant ne doit pas dépasser 200 caractères.");
        RuleFor(x => x.Password).MaximumLength(500).WithMessage("Le mot de passe ne doit pas dépasser 500 caractères.");
        RuleFor(x => x.SenderName).MaximumLength(200).WithMessage("Le nom de l'expéditeur ne doit pas dépasser 200 caractères.");
        RuleFor(x => x.SenderAddress).Must(EmailAddresses.IsValid).When(x => !string.IsNullOrWhiteSpace(x.SenderAddress))
            .WithMessage("Adresse e-mail de l'expéditeur invalide.");
        RuleFor(x => x.ReplyTo).Must(EmailAddresses.IsValid).When(x => !string.IsNullOrWhiteSpace(x.ReplyTo))
            .WithMessage("Adresse de réponse invalide.");
        RuleFor(x => x.SubjectTemplate).MaximumLength(250).WithMessage("Le modèle d'objet ne doit pas dépasser 250 caractères.");
        RuleFor(x => x.BodyTemplate).MaximumLength(10000).WithMessage("Le modèle de message ne doit pas dépasser 10 000 caractères.");
    }
}
