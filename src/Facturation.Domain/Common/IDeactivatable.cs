namespace Facturation.Domain.Common;

/// <summary>Reference data that is never deleted once referenced: it is deactivated, and may come back.</summary>
public interface IDeactivatable
{
    bool Active { get; }

    void SetActive(bool active);
}
