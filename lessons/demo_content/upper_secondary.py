"""Demo lessons for THPT (grades 10–12, ages 15–17): lessons 13–17."""

LESSONS = [
    {
        "slug": "danh-tinh-so",
        "title": "Danh tính số và uy tín trên mạng",
        "summary": (
            "Học sinh nhìn lại hình ảnh của mình trên mạng, hiểu dấu chân số ảnh hưởng đến học bổng, "
            "việc làm, các mối quan hệ và học cách chủ động xây dựng danh tính số tích cực."
        ),
        "age_bands": ["thpt"],
        "topics": ["thong-tin-ca-nhan", "sang-tao-chia-se"],
        "audience": "students",
        "duration": 45,
        "objectives": [
            "Giải thích được danh tính số gồm những gì và vì sao nó rất khó xóa.",
            "Tự rà soát thông tin công khai về bản thân và điều chỉnh cài đặt quyền riêng tư.",
            "Phân biệt nội dung nên và không nên đăng, kể cả khi đăng về người khác.",
            "Lập được kế hoạch xây dựng hình ảnh tích cực của mình trên mạng.",
        ],
        "body": [
            (
                "text",
                "<p>Danh tính số là tất cả những gì người khác biết về em qua mạng: ảnh đại diện, "
                "bài đăng, bình luận, lượt thích, ảnh bạn bè gắn thẻ em, cả những nhóm em tham gia. "
                "Một bình luận nóng giận lúc nửa đêm có thể bị chụp màn hình và lan đi rất lâu sau khi "
                "em đã xóa.</p>"
                "<p>Ở tuổi 15–17, danh tính số bắt đầu có ý nghĩa thật: hội đồng xét học bổng, câu lạc "
                "bộ tuyển thành viên, nơi làm thêm đều có thể tìm tên em trên mạng. Tin tốt là em có "
                "thể chủ động xây dựng nó.</p>",
            ),
            (
                "activity",
                {
                    "title": "Người lạ biết gì về em?",
                    "materials": "Điện thoại hoặc máy tính có mạng (nếu được phép), giấy, bút.",
                    "steps": [
                        {
                            "minutes": 5,
                            "instruction": (
                                "Mỗi học sinh tìm tên mình (kèm tên trường hoặc tỉnh) bằng công cụ tìm "
                                "kiếm, hoặc xem trang cá nhân của mình ở chế độ người ngoài xem. "
                                "Không tìm tên bạn khác."
                            ),
                        },
                        {
                            "minutes": 7,
                            "instruction": (
                                "Ghi ra giấy: người lạ biết được gì về em (trường, lớp, nơi ở, giờ đi "
                                "học, ảnh)? Đánh dấu những thông tin em không muốn người lạ biết."
                            ),
                        },
                        {
                            "minutes": 3,
                            "instruction": (
                                "Điều chỉnh ngay: ẩn danh sách bạn bè, tắt chia sẻ vị trí, giới hạn "
                                "người xem bài cũ, gỡ gắn thẻ ở những ảnh em không muốn."
                            ),
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Hội đồng học bổng nhìn thấy gì?",
                    "materials": "Phiếu in 6 bài đăng giả định do giáo viên soạn.",
                    "steps": [
                        {
                            "minutes": 3,
                            "instruction": (
                                "Phát phiếu 6 bài đăng của Minh, lớp 12: ảnh nhận giải học sinh giỏi, "
                                "bình luận chê bai thầy giáo, video chế giễu bạn cùng lớp, bài về hoạt "
                                "động tình nguyện, ảnh say xỉn ở tiệc, tin chưa kiểm chứng."
                            ),
                        },
                        {
                            "minutes": 7,
                            "instruction": (
                                "Nhóm 4 người đóng vai hội đồng xét học bổng, xếp các bài đăng vào ba "
                                "cột: có lợi, có hại, tùy ngữ cảnh, và giải thích lý do."
                            ),
                        },
                        {
                            "minutes": 5,
                            "instruction": (
                                "Các nhóm chia sẻ. Giáo viên nhấn mạnh: bài đăng về người khác, như "
                                "video chế giễu bạn, vừa làm tổn thương bạn vừa làm mất uy tín của "
                                "chính mình."
                            ),
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Kế hoạch danh tính số của em",
                    "materials": "Giấy, bút.",
                    "steps": [
                        {
                            "minutes": 5,
                            "instruction": (
                                "Mỗi học sinh viết ba điều em muốn người khác biết về mình (sở thích, "
                                "thế mạnh, giá trị) và một cách thể hiện trên mạng, ví dụ chia sẻ dự "
                                "án câu lạc bộ."
                            ),
                        },
                        {
                            "minutes": 5,
                            "instruction": "Thảo luận cả lớp theo các câu hỏi bên dưới.",
                        },
                    ],
                },
            ),
            (
                "discussion",
                {
                    "questions": [
                        "Em đã bao giờ hối hận vì một bài đăng chưa? Xóa rồi thì nó có thật sự biến "
                        "mất không?",
                        "Trước khi đăng ảnh có bạn bè, em có hỏi ý kiến họ không? Vì sao nên hỏi?",
                        "Dùng tài khoản ẩn danh để nói những điều không dám nói bằng tên thật có "
                        "thật sự an toàn không?",
                        "Nếu ai đó đăng ảnh hoặc thông tin sai sự thật về em, em sẽ làm gì?",
                    ]
                },
            ),
            (
                "get_help",
                {
                    "heading": "Khi hình ảnh của em bị lợi dụng",
                    "text": (
                        "Nếu ai đó đăng ảnh, thông tin của em khi em không đồng ý, mạo danh hay bôi "
                        "nhọ em: chụp màn hình lưu bằng chứng, báo cáo bài đăng với nền tảng, kể với "
                        "cha mẹ, thầy cô hoặc tư vấn học đường. Em có thể gọi Tổng đài 111 (miễn phí, "
                        "24/7) hoặc gửi báo cáo tại vn-cop.vn."
                    ),
                },
            ),
        ],
        "teacher_notes": (
            "<p>Soạn trước phiếu 6 bài đăng giả định, không dùng tên, ảnh của học sinh thật. Nếu lớp "
            "không được dùng điện thoại, giao hoạt động 1 làm ở nhà.</p>"
            "<p>Nếu một học sinh cho biết đang bị mạo danh, bị phát tán ảnh hay bị bôi nhọ: lắng nghe "
            "riêng, không phán xét, không hứa giữ bí mật; báo ban giám hiệu hoặc tư vấn học đường và "
            "hướng dẫn em gọi 111.</p>"
        ),
    },
    {
        "slug": "bao-mat-tai-khoan-phishing",
        "title": "Bảo mật tài khoản, thiết bị và lừa đảo giả mạo (phishing)",
        "summary": (
            "Học sinh nhận diện tin nhắn, đường link giả mạo nhằm đánh cắp tài khoản, tự bảo vệ tài "
            "khoản và thiết bị, biết cách xử lý khi tài khoản đã bị chiếm."
        ),
        "age_bands": ["thpt"],
        "topics": ["mat-khau-tai-khoan", "nhan-biet-xam-hai"],
        "audience": "students",
        "duration": 45,
        "objectives": [
            "Nhận ra các dấu hiệu của tin nhắn, email và trang web giả mạo.",
            "Thiết lập các lớp bảo vệ: mật khẩu riêng cho từng tài khoản, xác thực hai bước, khóa "
            "màn hình, cập nhật phần mềm.",
            "Biết các bước xử lý khi lỡ nhập mật khẩu, mã OTP vào trang giả hoặc bị chiếm tài khoản.",
            "Hiểu vì sao không cho mượn, mua bán tài khoản và không đưa mã OTP cho bất kỳ ai.",
        ],
        "body": [
            (
                "text",
                "<p>Lừa đảo giả mạo (phishing) là khi kẻ xấu đóng giả người hoặc tổ chức em tin — "
                "bạn thân, nhà trường, ngân hàng, ban tổ chức cuộc thi — để em tự tay đưa mật khẩu, "
                "mã OTP hoặc tiền. Tài khoản mạng xã hội bị chiếm thường bị dùng ngay để nhắn tin "
                "vay tiền bạn bè, người thân của em.</p>"
                "<p>Dấu hiệu thường gặp:</p>"
                "<ul>"
                "<li>Thúc ép gấp gáp: “tài khoản sẽ bị khóa sau 24 giờ”.</li>"
                "<li>Phần thưởng quá hấp dẫn: quà miễn phí, vật phẩm game, học bổng bất ngờ.</li>"
                "<li>Đường link có tên miền lạ, sai chính tả, rút gọn khó đọc.</li>"
                "<li>Hỏi mật khẩu hoặc mã OTP — tổ chức đàng hoàng không bao giờ hỏi.</li>"
                "</ul>",
            ),
            (
                "activity",
                {
                    "title": "Thật hay giả?",
                    "materials": "8 thẻ in tin nhắn, email mẫu (4 thật, 4 giả) do giáo viên tự soạn.",
                    "steps": [
                        {
                            "minutes": 10,
                            "instruction": (
                                "Nhóm 4 người phân loại 8 thẻ, ví dụ: “Em được chọn nhận học bổng, điền "
                                "thông tin tại link...”; “bạn thân” nhờ gửi lại mã OTP vì “gửi nhầm "
                                "số”. Gạch chân mọi dấu hiệu đáng ngờ."
                            ),
                        },
                        {
                            "minutes": 5,
                            "instruction": (
                                "Cả lớp đối chiếu đáp án và lập danh sách dấu hiệu giả mạo trên bảng."
                            ),
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Kiểm tra sức khỏe tài khoản",
                    "materials": "Phiếu kiểm tra 8 mục; điện thoại cá nhân nếu được phép.",
                    "steps": [
                        {
                            "minutes": 8,
                            "instruction": (
                                "Học sinh tự chấm phiếu: mỗi tài khoản một mật khẩu riêng; xác thực hai "
                                "bước cho email và mạng xã hội; khóa màn hình; cập nhật phần mềm; chỉ "
                                "cài ứng dụng từ kho chính thức; đăng xuất khỏi máy dùng chung; không "
                                "cho mượn tài khoản; thông tin khôi phục còn dùng được."
                            ),
                        },
                        {
                            "minutes": 7,
                            "instruction": (
                                "Chọn hai mục còn thiếu để làm ngay hoặc ghi kế hoạch làm trong tuần. "
                                "Giáo viên giới thiệu cụm mật khẩu dài và trình quản lý mật khẩu. "
                                "Không ai đọc to hay ghi mật khẩu thật lên phiếu."
                            ),
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Lỡ bấm rồi thì sao?",
                    "materials": "",
                    "steps": [
                        {
                            "minutes": 5,
                            "instruction": (
                                "Tình huống: Lan nhập mật khẩu vào trang “nhận quà”, 10 phút sau bạn bè "
                                "báo tài khoản Lan đang nhắn tin vay tiền. Nhóm sắp xếp các bước xử lý "
                                "theo thứ tự."
                            ),
                        },
                        {
                            "minutes": 5,
                            "instruction": (
                                "Thống nhất: đổi mật khẩu từ thiết bị an toàn (bắt đầu với email), đăng "
                                "xuất mọi phiên, bật xác thực hai bước, dùng chức năng khôi phục của "
                                "nền tảng, báo bạn bè đừng chuyển tiền, kể với người lớn. Thảo luận các "
                                "câu hỏi bên dưới."
                            ),
                        },
                    ],
                },
            ),
            (
                "discussion",
                {
                    "questions": [
                        "Vì sao kẻ gian nhắm vào tài khoản của học sinh dù các em không có nhiều "
                        "tiền?",
                        "Một người bạn xin mượn tài khoản để chơi game hộ, em trả lời thế nào?",
                        "Nhận tin nhắn vay tiền từ tài khoản của người thân, em kiểm tra bằng cách "
                        "nào?",
                        "Vì sao không đưa mã OTP cho ai, kể cả người xưng là nhân viên hỗ trợ?",
                    ]
                },
            ),
            (
                "get_help",
                {
                    "heading": "Khi bị chiếm tài khoản hoặc bị lừa",
                    "text": (
                        "Làm theo các bước khôi phục tài khoản, chụp màn hình tin nhắn và đường link "
                        "lừa đảo, kể ngay với cha mẹ hoặc thầy cô. Nếu bị mất tiền, báo công an (113). "
                        "Nếu bị đe dọa, bị lợi dụng sau khi mất tài khoản, gọi Tổng đài 111 hoặc báo "
                        "cáo tại vn-cop.vn."
                    ),
                },
            ),
        ],
        "teacher_notes": (
            "<p>Tự soạn thẻ tin nhắn mẫu với tên tổ chức và đường link hư cấu; không mở hay chiếu "
            "đường link lừa đảo thật. Học sinh có thể ngại kể vì đã bị lừa mất tiền hoặc tài khoản: "
            "khẳng định người bị lừa không có lỗi.</p>"
            "<p>Nếu việc mất tài khoản dẫn tới bị đe dọa, tống tiền: lắng nghe riêng, không hứa giữ "
            "bí mật, báo ban giám hiệu hoặc tư vấn học đường và hướng dẫn em gọi 111.</p>"
        ),
    },
    {
        "slug": "hinh-anh-nhay-cam-tong-tien",
        "title": "Hình ảnh nhạy cảm, tống tiền và pháp luật",
        "summary": (
            "Học sinh nhận diện thủ đoạn tống tiền bằng hình ảnh nhạy cảm và biết cách xử lý: không "
            "trả tiền, giữ bằng chứng, báo cáo. Pháp luật bảo vệ người dưới 18 tuổi."
        ),
        "age_bands": ["thpt"],
        "topics": ["nhan-biet-xam-hai", "tim-tro-giup"],
        "audience": "students",
        "duration": 45,
        "objectives": [
            "Hiểu rằng ảnh đã gửi đi thì không còn kiểm soát được, và chuyển tiếp ảnh nhạy cảm "
            "của người khác là sai, có thể vi phạm pháp luật.",
            "Nhận diện các bước của thủ đoạn tống tiền: làm quen, tạo niềm tin, xin ảnh, đe dọa.",
            "Biết cách phản ứng: không trả tiền, giữ bằng chứng, báo cáo, kể với người lớn.",
            "Khẳng định người bị hại không có lỗi và biết cách hỗ trợ bạn bè.",
        ],
        "body": [
            (
                "text",
                "<p>Tống tiền bằng hình ảnh nhạy cảm thường bắt đầu rất nhẹ nhàng: một tài khoản lạ "
                "làm quen, khen ngợi, trò chuyện nhiều ngày rồi đề nghị trao đổi ảnh riêng tư. Khi đã "
                "có ảnh, kẻ đó dọa gửi cho gia đình, bạn bè, nhà trường nếu em không chuyển tiền hoặc "
                "gửi thêm ảnh. Có kẻ còn dùng AI ghép mặt từ ảnh bình thường.</p>"
                "<p><b>Nếu điều này xảy ra, em không có lỗi.</b> Người có lỗi là kẻ đe dọa.</p>"
                "<p>Luật Trẻ em 2016 nghiêm cấm mọi hành vi xâm hại trẻ em (Điều 6). Đe dọa, tống "
                "tiền, phát tán ảnh nhạy cảm của người dưới 18 tuổi là vi phạm pháp luật nghiêm trọng, "
                "có thể bị xử lý hình sự, kể cả khi người phát tán cũng là học sinh.</p>",
            ),
            (
                "activity",
                {
                    "title": "Bức ảnh đi đâu?",
                    "materials": "Giấy khổ lớn, bút dạ.",
                    "steps": [
                        {
                            "minutes": 4,
                            "instruction": (
                                "Tình huống hư cấu: Hà (16 tuổi) gửi ảnh riêng tư cho bạn trai. Sau "
                                "khi chia tay, bức ảnh xuất hiện trong một nhóm chat của trường."
                            ),
                        },
                        {
                            "minutes": 8,
                            "instruction": (
                                "Nhóm vẽ sơ đồ: bức ảnh có thể đi qua những ai, những đâu (chụp màn "
                                "hình, nhóm chat, máy bị mất...). Ai đã làm sai ở từng mắt xích?"
                            ),
                        },
                        {
                            "minutes": 3,
                            "instruction": (
                                "Giáo viên chốt: người phát tán, người chuyển tiếp đều làm sai; Hà là "
                                "người bị hại. Ai nhận được ảnh thì không chuyển tiếp, báo người lớn "
                                "và báo cáo với nền tảng."
                            ),
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Nhận diện kẻ tống tiền",
                    "materials": "Phiếu in đoạn hội thoại hư cấu 6 tin nhắn, không có hình ảnh.",
                    "steps": [
                        {
                            "minutes": 7,
                            "instruction": (
                                "Nhóm đọc hội thoại giữa Nam (17 tuổi) và một tài khoản lạ xưng là nữ "
                                "sinh trường bên; đánh dấu dấu hiệu cảnh báo: khen quá mức, đòi giữ bí "
                                "mật, rủ sang ứng dụng khác, xin ảnh, đe dọa, đòi tiền."
                            ),
                        },
                        {
                            "minutes": 5,
                            "instruction": (
                                "Thảo luận: vì sao kẻ tống tiền muốn nạn nhân sợ hãi, xấu hổ và hành "
                                "động vội vàng?"
                            ),
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Năm việc cần làm",
                    "materials": "",
                    "steps": [
                        {
                            "minutes": 6,
                            "instruction": (
                                "Nhóm viết lời khuyên gửi Nam: 1) Dừng trả lời, không gửi thêm ảnh. "
                                "2) Không chuyển tiền — trả tiền không làm kẻ đó dừng lại. 3) Chụp màn "
                                "hình tin nhắn, tên tài khoản, đường link, nhưng không lưu hay chuyển "
                                "tiếp ảnh nhạy cảm. 4) Báo cáo tài khoản với nền tảng và tại vn-cop.vn, "
                                "gọi 111 hoặc công an 113. 5) Kể với một người lớn tin cậy."
                            ),
                        },
                        {
                            "minutes": 7,
                            "instruction": (
                                "Đóng vai theo cặp: một em là bạn được Nam kể chuyện, luyện cách đáp "
                                "không phán xét (“Cảm ơn cậu đã kể. Không phải lỗi của cậu. Mình cùng "
                                "đi gặp cô tư vấn nhé”). Thảo luận các câu hỏi bên dưới."
                            ),
                        },
                    ],
                },
            ),
            (
                "discussion",
                {
                    "questions": [
                        "Vì sao nhiều nạn nhân im lặng? Làm gì để bạn bè dám lên tiếng?",
                        "Khi ảnh nhạy cảm của một bạn bị phát tán trong nhóm chat lớp, người chứng "
                        "kiến nên làm gì?",
                        "Câu “Ai bảo gửi ảnh thì tự chịu” sai ở chỗ nào?",
                        "Nếu không muốn kể với cha mẹ, em có thể tìm đến ai khác?",
                    ]
                },
            ),
            (
                "get_help",
                {
                    "heading": "Em không phải đối mặt một mình",
                    "text": (
                        "Bị đe dọa vì hình ảnh: đừng trả tiền, đừng gửi thêm, giữ bằng chứng, kể với "
                        "người lớn tin cậy. Gọi Tổng đài 111 (miễn phí, 24/7), báo cáo tại vn-cop.vn "
                        "hoặc gọi công an 113. Em không có lỗi."
                    ),
                },
            ),
        ],
        "teacher_notes": (
            "<p>Báo trước với ban giám hiệu, tư vấn học đường; cho học sinh biết trước chủ đề và "
            "rằng các em có thể ra ngoài nghỉ một lúc. Chỉ dùng tình huống hư cấu, không dùng hình "
            "ảnh, không bàn vụ việc có thật trong trường. Giữ giọng thực tế, không dọa nạt, không đổ "
            "lỗi cho người đã gửi ảnh.</p>"
            "<p>Nếu học sinh tiết lộ đang bị đe dọa: lắng nghe riêng, tin em, nói rõ em không có lỗi; "
            "không hứa giữ bí mật mà giải thích thầy cô cần báo người có trách nhiệm để bảo vệ em; "
            "không yêu cầu xem ảnh. Báo ngay ban giám hiệu, tư vấn học đường, gọi 111; nếu có nguy "
            "hiểm trước mắt, gọi 113.</p>"
        ),
    },
    {
        "slug": "sang-tao-noi-dung-ban-quyen",
        "title": "Sáng tạo nội dung, bản quyền và giấy phép",
        "summary": (
            "Học sinh tìm hiểu quyền tác giả, cách dùng nhạc, ảnh, video của người khác đúng luật, "
            "giấy phép mở và cách ghi nguồn khi làm video, bài thuyết trình, dự án."
        ),
        "age_bands": ["thpt"],
        "topics": ["sang-tao-chia-se"],
        "audience": "students",
        "duration": 45,
        "objectives": [
            "Giải thích được vì sao “tìm thấy trên mạng” không có nghĩa là “được dùng tự do”.",
            "Phân biệt nội dung có bản quyền, có giấy phép mở và thuộc phạm vi công cộng.",
            "Ghi nguồn đúng cách khi dùng tác phẩm của người khác.",
            "Tôn trọng hình ảnh, quyền riêng tư của người xuất hiện trong nội dung mình tạo ra.",
        ],
        "body": [
            (
                "text",
                "<p>Video ôn thi, vlog lớp, bài thuyết trình, ảnh chế: học sinh THPT tạo ra rất nhiều "
                "nội dung. Khi dùng nhạc, ảnh, đoạn phim của người khác, hãy nhớ: tác phẩm được bảo hộ "
                "quyền tác giả ngay khi được tạo ra, dù có ghi chữ “bản quyền” hay không.</p>"
                "<ul>"
                "<li><b>Có bản quyền:</b> cần xin phép hoặc mua quyền sử dụng.</li>"
                "<li><b>Giấy phép mở (như Creative Commons):</b> được dùng theo điều kiện ghi kèm, "
                "ví dụ phải ghi tên tác giả, không dùng vào mục đích thương mại.</li>"
                "<li><b>Phạm vi công cộng:</b> tác phẩm đã hết thời hạn bảo hộ, được dùng tự do nhưng "
                "vẫn cần ghi tên tác giả.</li>"
                "</ul>",
            ),
            (
                "activity",
                {
                    "title": "Được dùng hay không?",
                    "materials": "Bộ 6 thẻ tình huống.",
                    "steps": [
                        {
                            "minutes": 8,
                            "instruction": (
                                "Nhóm xử lý 6 tình huống: lấy bài hát đang thịnh hành làm nhạc nền "
                                "video quảng cáo quán nước của gia đình; lấy ảnh trên trang tin làm ảnh "
                                "bìa bài thuyết trình; đăng lại video của người khác kèm dòng “sưu "
                                "tầm”; dùng ảnh có giấy phép mở và ghi tên tác giả; chép bài văn mẫu "
                                "trên mạng để nộp; đọc cả cuốn truyện thành sách nói đăng lên kênh. "
                                "Quyết định: được dùng, không được, hay cần xin phép."
                            ),
                        },
                        {
                            "minutes": 7,
                            "instruction": (
                                "Cả lớp đối chiếu. Giáo viên giải thích vì sao dòng “sưu tầm” không "
                                "phải là ghi nguồn và không thay cho việc xin phép."
                            ),
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Tìm và ghi nguồn đúng cách",
                    "materials": "Máy tính có mạng (nếu có).",
                    "steps": [
                        {
                            "minutes": 8,
                            "instruction": (
                                "Theo cặp, tìm một ảnh và một đoạn nhạc có giấy phép mở hoặc thuộc "
                                "phạm vi công cộng cho chủ đề “Quê hương em”, dùng bộ lọc giấy phép của "
                                "công cụ tìm kiếm hoặc kho tài nguyên mở."
                            ),
                        },
                        {
                            "minutes": 4,
                            "instruction": (
                                "Viết dòng ghi nguồn theo mẫu: Tên tác phẩm – Tác giả – Nguồn (đường "
                                "link) – Giấy phép."
                            ),
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Video 60 giây của nhóm em",
                    "materials": "Giấy khổ lớn, bút dạ.",
                    "steps": [
                        {
                            "minutes": 6,
                            "instruction": (
                                "Mỗi nhóm lên kế hoạch một video 60 giây giới thiệu câu lạc bộ của "
                                "trường: dùng tài nguyên gì, ghi nguồn ở đâu, cần xin phép ai xuất hiện "
                                "trong video."
                            ),
                        },
                        {
                            "minutes": 7,
                            "instruction": (
                                "Các nhóm trình bày nhanh, sau đó thảo luận các câu hỏi bên dưới."
                            ),
                        },
                    ],
                },
            ),
            (
                "discussion",
                {
                    "questions": [
                        "Vì sao người sáng tạo cần được ghi tên và được trả công?",
                        "Nếu có người đăng lại sản phẩm của em mà không ghi nguồn, em sẽ làm gì?",
                        "Dùng AI để tạo ảnh, viết bài có cần ghi rõ không? Vì sao?",
                        "Quay video có bạn cùng lớp hoặc người qua đường, em cần lưu ý điều gì?",
                    ]
                },
            ),
            (
                "get_help",
                {
                    "heading": "Khi sản phẩm hoặc hình ảnh của em bị lợi dụng",
                    "text": (
                        "Dùng chức năng báo cáo vi phạm bản quyền của nền tảng và lưu bằng chứng "
                        "(đường link, ảnh chụp màn hình, bản gốc). Nếu ảnh của em bị cắt ghép, chế "
                        "giễu hay dùng để bắt nạt, hãy kể với thầy cô, cha mẹ, gọi Tổng đài 111 hoặc "
                        "báo cáo tại vn-cop.vn."
                    ),
                },
            ),
        ],
        "teacher_notes": (
            "<p>Chuẩn bị 6 thẻ tình huống; nếu có phòng máy, thử trước bộ lọc giấy phép của công cụ "
            "tìm kiếm. Mục tiêu không phải biến học sinh thành chuyên gia luật mà tạo thói quen hỏi "
            "“mình có được dùng không?” và ghi nguồn đầy đủ. Thầy cô hãy làm gương bằng cách ghi "
            "nguồn trong bài giảng của mình.</p>"
            "<p>Khi nói về quay video người khác, học sinh có thể kể chuyện bị quay lén, bị chế ảnh. "
            "Lắng nghe riêng, không hứa giữ bí mật, báo ban giám hiệu hoặc tư vấn học đường và hướng "
            "dẫn em gọi 111.</p>"
        ),
    },
    {
        "slug": "ai-va-deepfake",
        "title": "Trí tuệ nhân tạo và deepfake",
        "summary": (
            "Học sinh tìm hiểu cách AI tạo ra văn bản, hình ảnh, giọng nói giả, cách kiểm chứng "
            "deepfake, dùng AI có trách nhiệm, quyền của trẻ em trên mạng và các kênh báo cáo."
        ),
        "age_bands": ["thpt"],
        "topics": ["tri-tue-nhan-tao", "tin-gia"],
        "audience": "students",
        "duration": 45,
        "objectives": [
            "Giải thích ngắn gọn AI tạo sinh và deepfake là gì, lợi ích và rủi ro của chúng.",
            "Áp dụng các bước kiểm chứng khi gặp ảnh, video, cuộc gọi nghi là giả.",
            "Dùng AI trong học tập trung thực, không tạo nội dung giả về người khác.",
            "Biết quyền của trẻ em trên mạng và các kênh báo cáo: 111, vn-cop.vn, 113.",
        ],
        "body": [
            (
                "text",
                "<p>AI tạo sinh có thể viết bài, vẽ tranh, dựng video và bắt chước giọng nói chỉ từ "
                "vài câu lệnh. Nó giúp em ôn bài, luyện ngoại ngữ, tìm ý tưởng. Nhưng cùng công nghệ "
                "ấy cũng tạo ra <b>deepfake</b>: ảnh, video, giọng nói giả như thật — từ tin giả về "
                "người nổi tiếng, cuộc gọi video giả người thân để vay tiền, đến ảnh ghép mặt bạn học "
                "vào nội dung xúc phạm.</p>"
                "<p>Trẻ em có quyền được bảo vệ đời sống riêng tư và không bị xâm hại, cả trên mạng. "
                "Tạo và phát tán deepfake để làm nhục, lừa đảo người khác là sai trái và có thể vi "
                "phạm pháp luật.</p>",
            ),
            (
                "activity",
                {
                    "title": "Thật hay do AI?",
                    "materials": (
                        "Máy chiếu; 6 ảnh hoặc video ngắn (một số do AI tạo) lấy từ nguồn phục vụ "
                        "giáo dục; thẻ Thật/Giả."
                    ),
                    "steps": [
                        {
                            "minutes": 7,
                            "instruction": (
                                "Cả lớp xem từng mẫu, giơ thẻ Thật hoặc Giả và nêu lý do."
                            ),
                        },
                        {
                            "minutes": 8,
                            "instruction": (
                                "Giáo viên công bố đáp án; lớp rút ra dấu hiệu: bàn tay, chữ viết, "
                                "tai, trang sức bất thường; ánh sáng, bóng đổ không khớp; khẩu hình "
                                "lệch tiếng; giọng đều đều. Nhấn mạnh: deepfake ngày càng khó nhận ra "
                                "bằng mắt, nên phải kiểm chứng nguồn."
                            ),
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Ba bước kiểm chứng",
                    "materials": "",
                    "steps": [
                        {
                            "minutes": 4,
                            "instruction": (
                                "Hai tình huống: tối muộn, Tuấn nhận cuộc gọi video từ tài khoản của "
                                "anh họ, hình mờ, giọng gấp gáp nhờ chuyển 3 triệu đồng vì “đang cấp "
                                "cứu”; nhóm lớp lan truyền clip “thầy hiệu trưởng cho nghỉ học một "
                                "tuần”."
                            ),
                        },
                        {
                            "minutes": 8,
                            "instruction": (
                                "Nhóm áp dụng ba bước: Dừng lại (chưa chuyển tiền, chưa chia sẻ); Kiểm "
                                "tra nguồn (gọi lại số điện thoại đã lưu, hỏi điều chỉ người thật biết, "
                                "xem trang chính thức của trường); Tìm thêm (tìm kiếm bằng hình ảnh, "
                                "đối chiếu báo chính thống). Trình bày cách xử lý."
                            ),
                        },
                    ],
                },
            ),
            (
                "activity",
                {
                    "title": "Dùng AI có trách nhiệm",
                    "materials": "Bộ thẻ việc làm.",
                    "steps": [
                        {
                            "minutes": 6,
                            "instruction": (
                                "Nhóm xếp thẻ vào cột Nên/Không nên: nhờ AI giải thích khái niệm khó; "
                                "nộp bài văn AI viết như bài của mình; dùng AI gợi ý dàn ý rồi tự viết "
                                "và ghi rõ; tải ảnh bạn lên ứng dụng ghép mặt để trêu; kiểm tra lại "
                                "câu trả lời của AI; nhập địa chỉ nhà, số điện thoại vào chatbot."
                            ),
                        },
                        {
                            "minutes": 7,
                            "instruction": (
                                "Thảo luận các câu hỏi bên dưới; giáo viên nhắc lại các kênh báo cáo."
                            ),
                        },
                    ],
                },
            ),
            (
                "discussion",
                {
                    "questions": [
                        "Nếu có người dùng AI ghép mặt em vào ảnh xúc phạm, em mong bạn bè làm gì?",
                        "Vì sao chia sẻ một deepfake “cho vui” vẫn có thể gây hại thật?",
                        "Khi nào dùng AI trong học tập là trung thực, khi nào là gian lận?",
                        "Thông tin nào em không bao giờ nên nhập vào công cụ AI?",
                    ]
                },
            ),
            (
                "get_help",
                {
                    "heading": "Khi bị làm giả hình ảnh, giọng nói",
                    "text": (
                        "Không chia sẻ lại; chụp màn hình, lưu đường link làm bằng chứng; báo cáo nội "
                        "dung với nền tảng và kể với người lớn tin cậy. Gọi Tổng đài 111 (miễn phí, "
                        "24/7), gửi báo cáo xâm hại tại vn-cop.vn, hoặc báo công an qua số 113 khi bị "
                        "lừa tiền, bị đe dọa."
                    ),
                },
            ),
        ],
        "teacher_notes": (
            "<p>Chọn mẫu ảnh, video từ nguồn giáo dục đáng tin cậy và xem kỹ trước giờ học. Tuyệt "
            "đối không tạo deepfake về học sinh, giáo viên hay người thật trong trường, kể cả để minh "
            "họa.</p>"
            "<p>Nếu học sinh cho biết bị ghép ảnh, giả giọng hay bị lừa: lắng nghe riêng, khẳng định "
            "em không có lỗi, không hứa giữ bí mật, không yêu cầu em gửi nội dung cho mình; báo ban "
            "giám hiệu hoặc tư vấn học đường và hướng dẫn gọi 111 hoặc báo cáo tại vn-cop.vn.</p>"
        ),
    },
]
