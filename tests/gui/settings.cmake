# GUI tests of widgets/settings: treeops_add_test(NAME GUI SOURCES gui/... LIBS TreeOps::widgets LABELS gui)
