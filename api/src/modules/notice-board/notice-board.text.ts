// Words every notice board prints, on paper (notice-board.pdf.ts) and on the village's public page alike.

/** What every village adviser is there to do, in the words of the county's plan (交司字〔2024〕51号). */
export const DUTIES = [
  '每季度至少为村（社区）“两委”干部、网格员、人民调解员、“法律明白人”开展一次法治培训；',
  '采取“线上+线下”方式为村（社区）提供法律咨询等法律服务；',
  '协助开展矛盾纠纷排查化解，直接开展人民调解工作；',
  '为调解工作提供法律建议，对人民调解协议进行把关，推进司法确认。',
];

/** The service scope printed when the adviser's record gives none. */
export const DEFAULT_SERVICE_SCOPE = '法律咨询、矛盾纠纷排查与调解、调解协议把关、法治宣传';
