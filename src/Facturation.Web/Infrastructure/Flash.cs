using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// The one way a screen leaves a message for the next page (post/redirect/get): written by controllers and
/// the domain-error filter, read once by the <c>_Flash</c> partial of the layout.
/// </summary>
public static class Flash
{
    private const string SuccessKey = "FlashSuccess";
    private const string ErrorKey = "FlashError";

    public static void FlashSuccess(this Controller controller, string message)
    {
        ArgumentNullException.ThrowIfNull(controller);
        controller.TempData[SuccessKey] = message;
    }

    public static void FlashError(this Controller controller, string message)
    {
        ArgumentNullException.ThrowIfNull(controller);
        controller.TempData.FlashError(message);
    }

    public static void FlashError(this ITempDataDictionary tempData, string message)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[ErrorKey] = message;
    }

    /// <summary>Reads (and so consumes) the pending messages.</summary>
    public static FlashMessages Read(ITempDataDictionary tempData)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        return new FlashMessages(tempData[SuccessKey] as string, tempData[ErrorKey] as string);
    }
}
