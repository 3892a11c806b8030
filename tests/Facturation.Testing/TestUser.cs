namespace Facturation.Testing;

public sealed record TestUser(string Id, string Email, string Password);
