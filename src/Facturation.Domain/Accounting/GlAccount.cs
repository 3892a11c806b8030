using Facturation.Domain.Common;

namespace Facturation.Domain.Accounting;

/// <summary>A general-ledger account (plan comptable), e.g. 706000 "Prestations de services".</summary>
public sealed class GlAccount : IDeactivatable
{
    private GlAccount()
    {
    }

    public GlAccount(string number, string label, GlAccountKind kind)
    {
        Number = Require.Code(number, nameof(Number), "Le numéro de compte", 20);
        Update(label, kind);
    }

    public int Id { get; private set; }

    public string Number { get; private set; } = string.Empty;

    public string Label { get; private set; } = string.Empty;

    public GlAccountKind Kind { get; private set; }

    public bool Active { get; private set; } = true;

    public void Update(string label, GlAccountKind kind)
    {
        Label = Require.Text(label, nameof(Label), "Le libellé", 200);
        Kind = kind;
    }

    public void Deactivate() => Active = false;

    public void Reactivate() => Active = true;

    public void SetActive(bool active) => Active = active;
}
