namespace Facturation.Web.Features.Shared;

/// <summary>A confirmation form: in a dialog (<see cref="BackUrl"/> null, "Retour" closes it) or on its own page without JavaScript.</summary>
public sealed record ConfirmViewModel(MenuAction Action, string? BackUrl, string Subject = "");
