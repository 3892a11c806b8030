using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Facturation.Web.Infrastructure;

public sealed class FlexibleDecimalModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = context.Metadata.UnderlyingOrModelType;
        return type == typeof(decimal) && context.BindingInfo.BindingSource != Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Body
            ? new FlexibleDecimalModelBinder()
            : null;
    }
}
