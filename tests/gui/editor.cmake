# GUI tests of widgets/editor: treeops_add_test(NAME GUI SOURCES gui/... LIBS TreeOps::widgets LABELS gui)
treeops_add_test(tst_assessment_form GUI SOURCES gui/tst_assessment_form.cpp
  LIBS TreeOps::widgets treeops_test_support LABELS gui)
