# GUI tests of widgets/settings: treeops_add_test(NAME GUI SOURCES gui/... LIBS TreeOps::widgets LABELS gui)
treeops_add_test(tst_settings GUI SOURCES gui/tst_settings.cpp LIBS TreeOps::widgets LABELS gui)
