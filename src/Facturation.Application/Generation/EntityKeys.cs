using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Generation;

/// <summary>Gives a new entity its key before any domain verb needs it (payments and credit notes refer to documents by id).</summary>
public static class EntityKeys
{
    public static void Set<T>(DbContext db, T entity, int id)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        var key = db.Model.FindEntityType(typeof(T))!.FindPrimaryKey()!.Properties.Single();
        var field = key.FieldInfo ?? throw new InvalidOperationException($"{typeof(T).Name}.{key.Name} has no backing field.");
        field.SetValue(entity, id);
    }
}
