using FluentValidation;

namespace Facturation.Application.Webhooks;

public sealed class WebhookEndpointInputValidator : AbstractValidator<WebhookEndpointInput>
{
    public const int MinimumSecretLength = 16;

    public WebhookEndpointInputValidator()
    {
        RuleFor(x => x.Url).NotEmpty().WithMessage("Indiquez l'URL du destinataire.")
            .MaximumLength(2000).WithMessage("L'URL ne doit pas dépasser 2 000 caractères.")
            .Custom((url, context) =>
            {
                if (!string.IsNullOrWhiteSpace(url) && WebhookAddressPolicy.RegistrationError(url, context.InstanceToValidate.AllowPrivateNetwork) is { } error)
                {
                    context.AddFailure(error);
                }
            });
        RuleFor(x => x.Secret).Length(MinimumSecretLength, 200).When(x => !string.IsNullOrEmpty(x.Secret))
            .WithMessage($"Le secret doit compter de {MinimumSecretLength} à 200 caractères.");
        RuleFor(x => x.Events).NotEmpty().WithMessage("Choisissez au moins un événement.");
        RuleForEach(x => x.Events).Must(e => WebhookEvents.All.Contains(e)).WithMessage((_, e) => $"Événement inconnu : {e}. Événements possibles : {string.Join(", ", WebhookEvents.All)}.");
    }
}
