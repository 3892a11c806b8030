namespace Facturation.Application.Invoicing;

/// <summary>One option of a select: the posted value and the text shown.</summary>
public sealed record Choice(string Value, string Text);
