using Facturation.Domain.Common;

namespace Facturation.Domain.Activities;

/// <summary>
/// A business activity (seed 001 "Activité d'une facture": e.g. installation, maintenance) a document is attributed
/// to for the statistics; reference data kept by the administrator. Deactivated activities stay on the documents
/// that carry them but are no longer offered.
/// </summary>
public sealed class Activity : IDeactivatable
{
    private Activity()
    {
    }

    public Activity(string code, string name)
    {
        Update(code, name, active: true);
    }

    public int Id { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public bool Active { get; private set; } = true;

    public void Update(string code, string name, bool active)
    {
        Code = Require.Code(code, nameof(Code), "Le code", 20);
        Name = Require.Text(name, nameof(Name), "Le libellé", 100);
        Active = active;
    }

    public void SetActive(bool active) => Active = active;
}
