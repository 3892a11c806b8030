using Microsoft.AspNetCore.Mvc.Razor;

namespace Facturation.Web.Infrastructure;

/// <summary>Views live beside their controller in Features/&lt;Area&gt;/ (feature folders).</summary>
public static class FeatureViewLocations
{
    public static void Configure(RazorViewEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ViewLocationFormats.Clear();
        options.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
        options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
    }
}
