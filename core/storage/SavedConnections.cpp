#include "storage/SavedConnections.h"

#include "i18n/Translate.h"
#include "storage/StoreError.h"
#include "storage/StoreFactory.h"
#include "storage/redis/RedisUrl.h"

namespace treeops::storage {

QString storeUrlProblem(const QString& url) {
    try {
        if (parseStoreUrl(url).hasPassword)
            return translate("Store", "This URL holds a password, and TreeOps never saves one. "
                                      "Remove it here and put it in ~/.pgpass (or the PGPASSWORD "
                                      "variable), where PostgreSQL reads it.");
    } catch (const StoreError& e) {
        return e.message();
    }
    return {};
}

QString hotTierUrlProblem(const QString& url) {
    if (url.trimmed().isEmpty())
        return {};
    try {
        // With no password from the environment, any password parsed is in the URL itself.
        if (!redis::RedisUrl::parse(url, QString()).password.isEmpty())
            return translate("Store", "This URL holds a password, and TreeOps never saves one. "
                                      "Remove it here and set the REDISCLI_AUTH variable, where "
                                      "TreeOps reads it as redis-cli does.");
    } catch (const StoreError& e) {
        return e.message();
    }
    return {};
}

} // namespace treeops::storage
