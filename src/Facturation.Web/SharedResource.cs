namespace Facturation.Web;

/// <summary>Marker for the shared UI strings: French keys, English in Resources/SharedResource.en.resx.</summary>
public sealed class SharedResource;
