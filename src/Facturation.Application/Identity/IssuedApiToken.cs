namespace Facturation.Application.Identity;

/// <summary>A token just created: <see cref="Value"/> is the only time the plain token is available.</summary>
public sealed record IssuedApiToken(ApiToken Token, string Value);
