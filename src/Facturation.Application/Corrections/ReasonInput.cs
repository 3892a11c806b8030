namespace Facturation.Application.Corrections;

/// <summary>The reason given to cancel, replace, delete a payment or mark a payment incident.</summary>
public sealed class ReasonInput
{
    public string? Reason { get; set; }
}
