using Facturation.Domain.Activities;

namespace Facturation.Application.Activities;

/// <summary>An activity as posted by the settings screen.</summary>
public sealed class ActivityInput
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public bool Active { get; set; } = true;

    public static ActivityInput From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new ActivityInput { Code = activity.Code, Name = activity.Name, Active = activity.Active };
    }
}
