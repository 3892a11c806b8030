using Facturation.Domain.Accounting;

namespace Facturation.Application.Accounting;

/// <summary>A GL account as posted by the form. <see cref="Number"/> is only taken on creation.</summary>
public sealed class GlAccountInput
{
    public string? Number { get; set; }

    public string? Label { get; set; }

    public GlAccountKind Kind { get; set; } = GlAccountKind.Revenue;

    public static GlAccountInput From(GlAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new GlAccountInput { Number = account.Number, Label = account.Label, Kind = account.Kind };
    }
}
