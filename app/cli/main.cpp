#include "cli/CliApplication.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("treeops"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TREEOPS_VERSION));
    treeops::installTranslations(QLocale::system());

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return treeops::cli::Failure;
    QTextStream out(stdout);
    QTextStream err(stderr);
    treeops::cli::CliApplication cli(in, out, err);
    return cli.run(QCoreApplication::arguments());
}
