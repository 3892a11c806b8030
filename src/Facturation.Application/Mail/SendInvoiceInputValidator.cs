using Facturation.Application.Common;
using FluentValidation;

namespace Facturation.Application.Mail;

public sealed class SendInvoiceInputValidator : AbstractValidator<SendInvoiceInput>
{
    public SendInvoiceInputValidator()
    {
        RuleFor(x => x.To).Must(to => EmailAddresses.Split(to).Count > 0).WithMessage("Indiquez au moins un destinataire.");
        RuleFor(x => x.To).Must(to => EmailAddresses.FirstInvalid(to) is null)
            .WithMessage(x => $"Adresse e-mail invalide : {EmailAddresses.FirstInvalid(x.To)}.");
        RuleFor(x => x.Cc).Must(cc => EmailAddresses.FirstInvalid(cc) is null)
            .WithMessage(x => $"Adresse e-mail invalide : {EmailAddresses.FirstInvalid(x.Cc)}.");
        RuleFor(x => x.To).Must(to => EmailAddresses.Split(to).Count <= InputLimits.MaxRecipients)
            .WithMessage($"{InputLimits.MaxRecipients} destinataires au plus (À et Copie ensemble).");
        RuleFor(x => x.Cc).Must((x, cc) => EmailAddresses.Split([.. x.To, .. cc]).Count <= InputLimits.MaxRecipients)
            .When(x => EmailAddresses.Split(x.To).Count <= InputLimits.MaxRecipients)
            .WithMessage($"{InputLimits.MaxRecipients} destinataires au plus (À et Copie ensemble).");
        RuleFor(x => x.Subject).NotEmpty().WithMessage("Indiquez l'objet du message.")
            .MaximumLength(250).WithMessage("L'objet ne doit pas dépasser 250 caractères.");
        RuleFor(x => x.Body).NotEmpty().WithMessage("Le message ne peut pas être vide.")
            .MaximumLength(20000).WithMessage("Le message ne doit pas dépasser 20 000 caractères.");
    }
}
