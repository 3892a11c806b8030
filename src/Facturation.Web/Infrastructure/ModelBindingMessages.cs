using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// French replacements for every message the model binders would write in English ("The value 'x' is not valid…",
/// "A non-empty request body is required."). They take no parameter, so that each is one translation key.
/// </summary>
public static class ModelBindingMessages
{
    public const string InvalidValue = "Valeur invalide.";
    public const string InvalidJson = "Valeur invalide ou JSON mal formé.";
    public const string Required = "Valeur obligatoire.";
    public const string MissingBody = "Le corps de la requête est vide : un objet JSON est attendu.";
    public const string NumberExpected = "Un nombre est attendu.";

    public static void Configure(MvcOptions mvc)
    {
        ArgumentNullException.ThrowIfNull(mvc);
        var messages = mvc.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((_, _) => InvalidValue);
        messages.SetMissingBindRequiredValueAccessor(_ => Required);
        messages.SetMissingKeyOrValueAccessor(() => Required);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => MissingBody);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => InvalidValue);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => InvalidValue);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => NumberExpected);
        messages.SetUnknownValueIsInvalidAccessor(_ => InvalidValue);
        messages.SetValueIsInvalidAccessor(_ => InvalidValue);
        messages.SetValueMustBeANumberAccessor(_ => NumberExpected);
        messages.SetValueMustNotBeNullAccessor(_ => Required);

        // Non-nullable reference properties are checked by the validators (French) and the JSON reader, not by an
        // implicit [Required] that would answer "The X field is required.".
        mvc.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
    }
}
