namespace Facturation.Web.Features.Shared;

/// <summary>Why an action one might look for is not in the menu (shown under it), with a link to where it can be fixed.</summary>
public sealed record ActionHelp(string TestId, string Text, string? LinkUrl = null, string? LinkLabel = null);
