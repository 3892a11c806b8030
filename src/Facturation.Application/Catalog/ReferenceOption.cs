namespace Facturation.Application.Catalog;

/// <summary>One choice of a form's select (a tax code or an account), with whether it may still be chosen.</summary>
public sealed record ReferenceOption(int Id, string Text, bool Active);
