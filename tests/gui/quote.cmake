# GUI tests of widgets/quote: treeops_add_test(NAME GUI SOURCES gui/... LIBS TreeOps::widgets LABELS gui)
