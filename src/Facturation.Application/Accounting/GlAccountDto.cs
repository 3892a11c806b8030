using Facturation.Domain.Accounting;

namespace Facturation.Application.Accounting;

/// <summary>The public JSON shape of a GL account (<c>/api/v1/gl-accounts</c>); field names are a contract.</summary>
public sealed record GlAccountDto(int Id, string Number, string Label, GlAccountKind Kind, bool Active)
{
    public static GlAccountDto From(GlAccount a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new GlAccountDto(a.Id, a.Number, a.Label, a.Kind, a.Active);
    }
}
