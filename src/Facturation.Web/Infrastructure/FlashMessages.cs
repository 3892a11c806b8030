namespace Facturation.Web.Infrastructure;

/// <summary>The messages left for the page being rendered; either may be absent.</summary>
public sealed record FlashMessages(string? Success, string? Error);
