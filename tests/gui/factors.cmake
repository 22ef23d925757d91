# GUI tests of widgets/factors: treeops_add_test(NAME GUI SOURCES gui/... LIBS TreeOps::widgets LABELS gui)
