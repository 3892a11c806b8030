namespace Facturation.Web.Features.Shared;

/// <summary>
/// The confirmation an irreversible action asks for (ADR-029): what it does, in words the user can weigh, the button
/// that confirms it, and the label of the reason to give when the action records one.
/// </summary>
public sealed record ConfirmStep(string Title, string Consequence, string ConfirmLabel, string? ReasonLabel = null);
