/*
 * Names of icon-only buttons (issue 14): each says which row or photo it acts on, so a screen reader's list of
 * buttons reads "删除调解员 张三", not the same "删除调解员" once per row; the tooltip shows the same words.
 * Merged into zh-CN.ts and en.ts; keep zh and en key for key.
 */
export const zh = {
  fq: {
    a11y: {
      edit_member: '编辑调解员 %{name}',
      delete_member: '删除调解员 %{name}',
      remove_photo: '移除第 %{index} 张照片',
    },
  },
};

export const en = {
  fq: {
    a11y: {
      edit_member: 'Edit mediator %{name}',
      delete_member: 'Delete mediator %{name}',
      remove_photo: 'Remove photo %{index}',
    },
  },
};
