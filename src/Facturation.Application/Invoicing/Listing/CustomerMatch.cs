namespace Facturation.Application.Invoicing.Listing;

/// <summary>One suggestion of the list's customer autocomplete.</summary>
public sealed record CustomerMatch(int Id, string Code, string Name, string Label);
