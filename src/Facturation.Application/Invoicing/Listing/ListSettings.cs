namespace Facturation.Application.Invoicing.Listing;

/// <summary>A user's settings of one list (ADR-032): the remembered columns (null: none chosen) and the saved views, by name.</summary>
public sealed record ListSettings(IReadOnlyList<string>? Columns, IReadOnlyList<SavedListView> Views);
