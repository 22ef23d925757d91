# GUI tests of widgets/editor: treeops_add_test(NAME GUI SOURCES gui/... LIBS TreeOps::widgets LABELS gui)
