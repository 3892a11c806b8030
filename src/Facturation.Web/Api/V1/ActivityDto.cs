using Facturation.Domain.Activities;

namespace Facturation.Web.Api.V1;

public sealed record ActivityDto(int Id, string Code, string Name, bool Active)
{
    public static ActivityDto From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new ActivityDto(activity.Id, activity.Code, activity.Name, activity.Active);
    }
}
